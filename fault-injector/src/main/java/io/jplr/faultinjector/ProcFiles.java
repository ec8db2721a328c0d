package io.jplr.faultinjector;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a process's files under /proc, turning the two usual failures into messages that say what to do. */
final class ProcFiles {
    private ProcFiles() {
    }

    /** Something that opens or reads a /proc file. */
    interface Access<T> {
        T run() throws IOException;
    }

    static Path path(long pid, String file) {
        return Path.of("/proc", Long.toString(pid), file);
    }

    /** Runs what opens or reads /proc/PID/{@code file}. */
    static <T> T open(long pid, String file, Access<T> access) throws IOException {
        try {
            return access.run();
        } catch (NoSuchFileException e) {
            throw exited(pid, e);
        } catch (AccessDeniedException e) {
            throw denied(pid, file, e);
        } catch (FileSystemException e) {
            // EPERM rather than EACCES: the kernel's ptrace checks answer either.
            if (String.valueOf(e.getReason()).contains("not permitted")) {
                throw denied(pid, file, e);
            }
            throw e;
        }
    }

    static boolean exists(long pid) {
        return Files.exists(Path.of("/proc", Long.toString(pid)));
    }

    static IOException exited(long pid, IOException cause) {
        return new IOException("process " + pid + " does not exist (it has exited)", cause);
    }

    private static IOException denied(long pid, String file, IOException cause) {
        return new IOException("cannot open /proc/" + pid + "/" + file + ": permission denied; writing process "
                + pid + "'s memory needs ptrace access to it: the same user with Yama's ptrace_scope 0, or 1 for"
                + " an ancestor (" + ptraceScope() + "), or CAP_SYS_PTRACE", cause);
    }

    private static String ptraceScope() {
        try {
            return "here it is " + Files.readString(Path.of("/proc/sys/kernel/yama/ptrace_scope")).trim();
        } catch (IOException e) {
            return "here there is no Yama";
        }
    }
}
