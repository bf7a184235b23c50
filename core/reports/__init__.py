"""The periodic documents a county office circulates: 通报, 季度小结, half-year and annual reports, 军用土地登记表
(.docx / .xlsx with charts) and the 挂图作战 atlas (PDF from a QGIS print layout).

Figures come from rules/reports/ (one module per document, as here); this package only reads the work package and lays the figures out.
Word and Excel share one table description (tables.Table), so a document and its workbook cannot disagree.
"""
