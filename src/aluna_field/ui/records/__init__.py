"""Lists of records (Qt item models), their filters, search and the detail pane."""
