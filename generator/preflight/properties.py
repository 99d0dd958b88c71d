"""Document properties: who wrote it (core), for which company (app), and custom properties."""

from __future__ import annotations

from generator.preflight.items import Reading, Where
from generator.preflight.package import Package

CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"
EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"

CORE_PART, APP_PART, CUSTOM_PART = "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"
# property name → element: the ones that name a person or a company
PERSONAL_CORE = {"author": f"{{{DC}}}creator", "last_modified_by": f"{{{CP}}}lastModifiedBy"}
PERSONAL_APP = {"company": f"{{{EXTENDED}}}Company", "manager": f"{{{EXTENDED}}}Manager"}
# the other texts a reader of the file's properties sees
OTHER_APP = {"template": f"{{{EXTENDED}}}Template"}
# Custom properties an application writes about itself, not about a person (WPS's build number).
APPLICATION_CUSTOM = {"KSOProductBuildVer"}
OTHER_CORE = {
    "title": f"{{{DC}}}title",
    "subject": f"{{{DC}}}subject",
    "keywords": f"{{{CP}}}keywords",
    "description": f"{{{DC}}}description",
    "category": f"{{{CP}}}category",
}


def read_properties(reading: Reading, package: Package) -> None:
    """Add the personal properties as marks and every property text as an item."""
    for part, personal, other in ((CORE_PART, PERSONAL_CORE, OTHER_CORE), (APP_PART, PERSONAL_APP, OTHER_APP)):
        if not package.has(part):
            continue
        root = package.xml(part)
        for name, tag in {**personal, **other}.items():
            element = root.find(tag)
            text = "".join(element.itertext()).strip() if element is not None else ""
            if not text:
                continue
            where = Where(part, "property", (("name", name),))
            reading.item(where, text)
            if name in personal:
                reading.mark("personal-property", where, text)
    if package.has(CUSTOM_PART):
        for prop in package.xml(CUSTOM_PART).iter(f"{{{CUSTOM}}}property"):
            text = "".join(prop.itertext()).strip()
            where = Where(CUSTOM_PART, "custom_property", (("name", prop.get("name", "")),))
            reading.item(where, text)
            if prop.get("name") not in APPLICATION_CUSTOM:
                reading.mark("personal-property", where, text)
