"""Labels shared by every document."""

LABELS = {
    "page_x_of_y": ("第 {page} 页 共 {pages} 页", "Page {page} of {pages}"),
    "page": ("第", "Page"),
    "page_of": ("页 共", "of"),
    "pages_end": ("页", ""),
    "contents": ("目录", "Contents"),
    "continued": ("(续)", "(cont.)"),
    "phone": ("电话", "Phone"),
    "email": ("邮箱", "Email"),
    "contact": ("联系人", "Contact"),
    "date": ("日期", "Date"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "unknown": ("未知", "unknown"),
    "none": ("无", "none"),
    "total": ("合计", "Total"),
    "name": ("名称", "Name"),
    "title": ("职务", "Title"),
    "description": ("说明", "Description"),
    "colon": ("：", ": "),
    "name_title_separator": ("　", ", "),
}
