package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entry points for {@code ProcessBuilder.start} (and {@code Runtime.exec}, which ends there): the master
 * starts the child once, with the builder's command, directory, environment and redirects; the replicas get
 * a {@link RemoteProcess} whose streams and exit value are the master's child's.
 */
public final class ProcessBoundary {
    private ProcessBoundary() {
    }

    public static boolean remote(ProcessBuilder builder) {
        return Remote.active();
    }

    public static boolean active() {
        return Remote.active();
    }

    public static Process start(ProcessBuilder builder) throws IOException {
        List<String> command = builder.command();
        if (command.isEmpty()) {
            // What ProcessBuilder.start throws natively: it reads the program name from an empty array.
            throw new ArrayIndexOutOfBoundsException("Index 0 out of bounds for length 0");
        }
        for (String argument : command) {
            if (argument == null) {
                throw new NullPointerException();
            }
        }
        WireWriter arguments = new WireWriter();
        arguments.writeStrings(command.toArray(new String[0]));
        File directory = builder.directory();
        arguments.writeString(directory == null ? null : directory.getPath());
        // Sorted: the encoding must not depend on the map's iteration order.
        Map<String, String> environment = new TreeMap<>(builder.environment());
        arguments.writeInt(environment.size());
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            arguments.writeString(variable.getKey()).writeString(variable.getValue());
        }
        ProcessBuilder.Redirect[] redirects = {builder.redirectInput(), builder.redirectOutput(),
                builder.redirectError()};
        for (ProcessBuilder.Redirect redirect : redirects) {
            // The kind as Redirect.Type's ordinal (the JDK never reorders it); a file for READ, WRITE, APPEND.
            arguments.writeByte(redirect.type().ordinal());
            arguments.writeString(redirect.file() == null ? null : redirect.file().getPath());
        }
        arguments.writeBoolean(builder.redirectErrorStream());
        WireReader answer = Remote.reader(Remote.call(Call.PROCESS_START, arguments));
        int handle = answer.readInt();
        long pid = answer.readLong();
        boolean pipeIn = redirects[0].type() == ProcessBuilder.Redirect.Type.PIPE;
        boolean pipeOut = redirects[1].type() == ProcessBuilder.Redirect.Type.PIPE;
        boolean pipeErr = !builder.redirectErrorStream() && redirects[2].type() == ProcessBuilder.Redirect.Type.PIPE;
        return new RemoteProcess(handle, pid, pipeIn, pipeOut, pipeErr);
    }

    /** {@code ProcessBuilder.startPipeline}: its pipes between children are not replicated yet. */
    public static List<Process> startPipeline(List<ProcessBuilder> builders) {
        throw PathBoundary.unsupported("ProcessBuilder.startPipeline");
    }
}
