package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** A child process the master started: its pipes, exit value and life are the master's child's. */
final class RemoteProcess extends Process {
    private static final int STDOUT = 1;
    private static final int STDERR = 2;

    private final int handle;
    private final long pid;
    private final OutputStream stdin;
    private final InputStream stdout;
    private final InputStream stderr;

    RemoteProcess(int handle, long pid, boolean pipeIn, boolean pipeOut, boolean pipeErr) {
        this.handle = handle;
        this.pid = pid;
        this.stdin = pipeIn ? new BufferedOutputStream(new ChildInput()) : new NullOutput();
        this.stdout = pipeOut ? new BufferedInputStream(new ChildOutput(STDOUT)) : InputStream.nullInputStream();
        this.stderr = pipeErr ? new BufferedInputStream(new ChildOutput(STDERR)) : InputStream.nullInputStream();
    }

    private WireWriter withHandle() {
        return new WireWriter().writeInt(handle);
    }

    @Override
    public OutputStream getOutputStream() {
        return stdin;
    }

    @Override
    public InputStream getInputStream() {
        return stdout;
    }

    @Override
    public InputStream getErrorStream() {
        return stderr;
    }

    @Override
    public int waitFor() throws InterruptedException {
        return Remote.reader(Remote.callInterruptibly(Call.PROCESS_WAIT, withHandle().writeLong(-1))).readInt();
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(unit);
        long nanos = Math.max(0, unit.toNanos(timeout));
        return Remote.callInterruptibly(Call.PROCESS_WAIT, withHandle().writeLong(nanos)).status() != Answer.END;
    }

    @Override
    public int exitValue() {
        WireReader answer = Remote.reader(Remote.call(Call.PROCESS_ALIVE, withHandle()));
        if (answer.readBoolean()) {
            throw new IllegalThreadStateException("process hasn't exited");
        }
        return answer.readInt();
    }

    @Override
    public boolean isAlive() {
        return Remote.reader(Remote.call(Call.PROCESS_ALIVE, withHandle())).readBoolean();
    }

    @Override
    public void destroy() {
        Remote.call(Call.PROCESS_DESTROY, withHandle().writeBoolean(false));
    }

    @Override
    public Process destroyForcibly() {
        Remote.call(Call.PROCESS_DESTROY, withHandle().writeBoolean(true));
        return this;
    }

    @Override
    public boolean supportsNormalTermination() {
        return true;
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public ProcessHandle toHandle() {
        throw PathBoundary.unsupported("Process.toHandle");
    }

    @Override
    public String toString() {
        return "Process[pid=" + pid + ", exitValue=" + (isAlive() ? "\"not exited\"" : exitValue()) + "]";
    }

    /** The child's stdin: writes are voted, then performed once by the master. */
    private final class ChildInput extends OutputStream {
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (closed) {
                throw new IOException("Stream closed");
            }
            Remote.writeInChunks(Call.PROCESS_WRITE, handle, bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                Remote.call(Call.PROCESS_CLOSE_INPUT, withHandle());
            }
        }
    }

    /** The child's stdout or stderr: the master reads it once, every replica gets the same bytes. */
    private final class ChildOutput extends InputStream {
        private final int stream;
        private boolean ended;

        ChildOutput(int stream) {
            this.stream = stream;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (length == 0) {
                return 0;
            }
            if (ended) {
                return -1;
            }
            int wanted = Math.min(length, Boundary.MAX_READ);
            byte[] got = Remote.call(Call.PROCESS_READ, withHandle().writeByte(stream).writeInt(wanted)).readBytes(wanted);
            if (got == null) {
                ended = true;
                return -1;
            }
            System.arraycopy(got, 0, bytes, offset, got.length);
            return got.length;
        }

        @Override
        public int available() throws IOException {
            if (ended) {
                return 0;
            }
            return Remote.reader(Remote.call(Call.PROCESS_AVAILABLE, withHandle().writeByte(stream))).readInt();
        }
    }

    /** Natively, the stdin of a child whose input is redirected: every write fails. */
    private static final class NullOutput extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Stream closed");
        }
    }
}
