package io.jplr.syscall.executor;

import static io.jplr.syscall.executor.FileExecutor.nonNull;
import static io.jplr.syscall.executor.FileExecutor.readLength;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.MalformedCallException;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts the replicas' child processes, once, on the master, and serves their pipes and exit values. */
final class ProcessExecutor {
    private static final ProcessBuilder.Redirect.Type[] REDIRECT_TYPES = ProcessBuilder.Redirect.Type.values();

    private final HandleTable<Process> processes = new HandleTable<>("processes");

    Answer answer(Call call, WireReader in) throws IOException, InterruptedException {
        if (call == Call.PROCESS_START) {
            return start(in);
        }
        int handle = in.readInt();
        switch (call) {
            case PROCESS_READ: {
                int stream = in.readByte();
                int length = readLength(in);
                in.expectEnd();
                byte[] buffer = new byte[length];
                int n = output(processes.get(handle), stream).read(buffer, 0, length);
                return n < 0 ? CallExecutor.end() : CallExecutor.ok(Arrays.copyOf(buffer, n));
            }
            case PROCESS_AVAILABLE: {
                int stream = in.readByte();
                in.expectEnd();
                return CallExecutor.scalarInt(output(processes.get(handle), stream).available());
            }
            case PROCESS_WRITE: {
                byte[] bytes = nonNull(in.readBytes());
                in.expectEnd();
                OutputStream stdin = processes.get(handle).getOutputStream();
                stdin.write(bytes);
                stdin.flush();
                return CallExecutor.ok(new byte[0]);
            }
            case PROCESS_CLOSE_INPUT:
                in.expectEnd();
                processes.get(handle).getOutputStream().close();
                return CallExecutor.ok(new byte[0]);
            case PROCESS_WAIT: {
                long timeout = in.readLong();
                in.expectEnd();
                Process process = processes.get(handle);
                if (timeout < 0) {
                    return CallExecutor.scalarInt(process.waitFor());
                }
                return process.waitFor(timeout, TimeUnit.NANOSECONDS) ? CallExecutor.scalarInt(process.exitValue())
                        : CallExecutor.end();
            }
            case PROCESS_ALIVE: {
                in.expectEnd();
                Process process = processes.get(handle);
                boolean alive = process.isAlive();
                return CallExecutor.ok(new WireWriter().writeBoolean(alive).writeInt(alive ? 0 : process.exitValue())
                        .toByteArray());
            }
            case PROCESS_DESTROY: {
                boolean forcibly = in.readBoolean();
                in.expectEnd();
                Process process = processes.get(handle);
                if (forcibly) {
                    process.destroyForcibly();
                } else {
                    process.destroy();
                }
                return CallExecutor.ok(new byte[0]);
            }
            default:
                throw new MalformedCallException(call + " is not a process call");
        }
    }

    private Answer start(WireReader in) throws IOException {
        String[] command = nonNull(in.readStrings());
        String directory = in.readString();
        int variables = in.readInt();
        if (variables < 0 || variables > 1 << 16) {
            throw new MalformedCallException(variables + " environment variables");
        }
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < variables; i++) {
            environment.put(nonNull(in.readString()), nonNull(in.readString()));
        }
        ProcessBuilder.Redirect[] redirects = new ProcessBuilder.Redirect[3];
        for (int i = 0; i < 3; i++) {
            redirects[i] = redirect(in.readByte(), in.readString());
        }
        boolean mergeErrors = in.readBoolean();
        in.expectEnd();
        if (command.length == 0) {
            throw new MalformedCallException("an empty command");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(command))
                .directory(directory == null ? null : new File(directory))
                .redirectInput(redirects[0]).redirectOutput(redirects[1]).redirectError(redirects[2])
                .redirectErrorStream(mergeErrors);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        int handle = processes.add(process);
        return CallExecutor.ok(new WireWriter().writeInt(handle).writeLong(process.pid()).toByteArray());
    }

    private static ProcessBuilder.Redirect redirect(int code, String file) {
        if (code < 0 || code >= REDIRECT_TYPES.length) {
            throw new MalformedCallException("redirect type " + code);
        }
        switch (REDIRECT_TYPES[code]) {
            case PIPE:
                return ProcessBuilder.Redirect.PIPE;
            case INHERIT:
                return ProcessBuilder.Redirect.INHERIT;
            case READ:
                return ProcessBuilder.Redirect.from(new File(nonNull(file)));
            case WRITE:
                return ProcessBuilder.Redirect.to(new File(nonNull(file)));
            default:
                return ProcessBuilder.Redirect.appendTo(new File(nonNull(file)));
        }
    }

    private static InputStream output(Process process, int stream) {
        if (stream == 1) {
            return process.getInputStream();
        }
        if (stream == 2) {
            return process.getErrorStream();
        }
        throw new MalformedCallException("process stream " + stream);
    }
}
