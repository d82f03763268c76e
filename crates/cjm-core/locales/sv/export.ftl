# Exports: headings and labels of the reports (Markdown, HTML, CSV, Mermaid).
