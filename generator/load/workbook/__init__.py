"""The brief as a workbook (brief.xlsx): its layout from the models, and its reader."""
