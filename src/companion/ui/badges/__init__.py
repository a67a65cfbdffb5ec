"""The Badges page: attendee lists in, badge PDFs out, previewed from the very file that is printed."""
