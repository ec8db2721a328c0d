package samples.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * A TCP echo client: connects to HOST PORT, sends each line of stdin, prints each line the server answers.
 */
public final class EchoClientSample implements Sample {

    @Override
    public String name() {
        return "echo-client";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "sends stdin's lines to a TCP echo server and prints its answers (args: HOST PORT)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: echo-client [small|large] HOST PORT");
        }
        try (Socket socket = new Socket(args[0], Integer.parseInt(args[1]));
                BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                BufferedReader replies = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                Writer requests = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = stdin.readLine()) != null) {
                requests.write(line + "\n");
                requests.flush();
                String reply = replies.readLine();
                if (reply == null) {
                    out.println("(server closed the connection)");
                    return;
                }
                out.println(reply);
            }
        }
    }
}
