"""Why the system refused to read or write a file, in words every language can show (errno to message)."""

from __future__ import annotations

import errno

from companion.domain.message import QT_TRANSLATE_NOOP, Message


def system_error(exc: OSError, *, writing: bool = False) -> Message | str:
    """Why the system could not read (or, ``writing``, write) a file: the common cases in words the window
    translates, else the system's own text."""
    if writing:
        known = {
            errno.ENOENT: QT_TRANSLATE_NOOP("FileProblem", "the folder does not exist"),
            errno.EACCES: QT_TRANSLATE_NOOP("FileProblem", "you have no permission to write there"),
            errno.EROFS: QT_TRANSLATE_NOOP("FileProblem", "the disk or folder is read-only"),
            errno.EISDIR: QT_TRANSLATE_NOOP("FileProblem", "this is a folder, not a file"),
            errno.ENOSPC: QT_TRANSLATE_NOOP("FileProblem", "the disk is full"),
            errno.EPERM: QT_TRANSLATE_NOOP("FileProblem", "you have no permission to write there"),
            errno.ENOTDIR: QT_TRANSLATE_NOOP("FileProblem", "part of the path is a file, not a folder"),
            errno.EEXIST: QT_TRANSLATE_NOOP("FileProblem", "part of the path is a file, not a folder"),
            errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileProblem", "the file name is too long"),
            errno.EDQUOT: QT_TRANSLATE_NOOP("FileProblem", "your disk quota is used up"),
            errno.EFBIG: QT_TRANSLATE_NOOP("FileProblem", "the file is too large for this disk"),
            errno.EIO: QT_TRANSLATE_NOOP("FileProblem", "the disk reported an input/output error"),
            errno.ELOOP: QT_TRANSLATE_NOOP("FileProblem", "the path has a symbolic link that is not followed"),
        }
    else:
        known = {
            errno.ENOENT: QT_TRANSLATE_NOOP("FileProblem", "the file does not exist"),
            errno.EACCES: QT_TRANSLATE_NOOP("FileProblem", "you have no permission to read it"),
            errno.EISDIR: QT_TRANSLATE_NOOP("FileProblem", "this is a folder, not a file"),
            errno.EPERM: QT_TRANSLATE_NOOP("FileProblem", "you have no permission to read it"),
            errno.ENOTDIR: QT_TRANSLATE_NOOP("FileProblem", "part of the path is a file, not a folder"),
        }
    template = known.get(exc.errno or 0)
    return Message(template) if template is not None else exc.strerror or str(exc)
