"""The brief workbook (brief.xlsx) kam writes for reps to fill in Excel or WPS."""
