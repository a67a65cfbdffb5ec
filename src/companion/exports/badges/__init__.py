"""Badge PDFs: layouts of real badge stock, signed QR tokens, fonts that cover every name."""
