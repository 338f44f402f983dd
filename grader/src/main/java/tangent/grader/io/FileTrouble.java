package tangent.grader.io;

import java.io.IOException;

/** What went wrong with a file or folder, in a few words a user can act on, not an exception's name. */
public final class FileTrouble {

    private FileTrouble() {
    }

    public static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
