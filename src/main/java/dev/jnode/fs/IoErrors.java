package dev.jnode.fs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/** Maps the JDK's I/O exceptions to the errno names libuv would report. */
public final class IoErrors {
    private IoErrors() {
    }

    public static String code(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "ENOENT";
        }
        if (e instanceof AccessDeniedException) {
            return "EACCES";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "EEXIST";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "ENOTEMPTY";
        }
        if (e instanceof NotDirectoryException) {
            return "ENOTDIR";
        }
        if (e instanceof FileSystemLoopException) {
            return "ELOOP";
        }
        if (e instanceof NotLinkException) {
            return "EINVAL";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return codeFromReason(fse.getReason());
        }
        return "EIO";
    }

    /** The JDK keeps strerror's text as the reason; map it back to the errno name. */
    private static String codeFromReason(String reason) {
        return switch (reason) {
            case "Is a directory" -> "EISDIR";
            case "Not a directory" -> "ENOTDIR";
            case "No such file or directory" -> "ENOENT";
            case "Permission denied" -> "EACCES";
            case "Operation not permitted" -> "EPERM";
            case "File exists" -> "EEXIST";
            case "Directory not empty" -> "ENOTEMPTY";
            case "Too many levels of symbolic links" -> "ELOOP";
            case "Invalid argument" -> "EINVAL";
            case "File name too long" -> "ENAMETOOLONG";
            case "Read-only file system" -> "EROFS";
            case "Too many open files" -> "EMFILE";
            case "Bad file descriptor" -> "EBADF";
            case "Resource busy", "Device or resource busy" -> "EBUSY";
            case "Invalid cross-device link" -> "EXDEV";
            default -> "EIO";
        };
    }
}
