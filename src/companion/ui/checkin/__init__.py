"""The Check-in page: scanner, camera and name search lead to one verdict (issue 16)."""
