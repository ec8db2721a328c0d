package io.jplr.test.apps;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;

/** Writes more in one call than one channel record holds, and many small lines on stderr. */
public final class BigWrite {
    public static void main(String[] args) throws IOException {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        big[big.length - 1] = '\n';
        System.out.write(big);
        System.out.flush();
        for (int i = 0; i < 20_000; i++) {
            System.err.println("line " + i);
        }
        try (FileOutputStream raw = new FileOutputStream(FileDescriptor.out)) {
            raw.write("raw descriptor write\n".getBytes());
            raw.write('!');
            raw.write('\n');
        }
    }
}
