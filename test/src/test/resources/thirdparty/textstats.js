// Run by Rhino's shell (org.mozilla.javascript.tools.shell.Main), unmodified, natively and under jPLR.
// Reads a text file, counts its words, sorts its lines, writes two files, creates a directory, lists it,
// deletes a file, and prints a summary. Usage: textstats.js INPUT OUTDIR
importPackage(java.io);
importPackage(java.nio.file);
importClass(java.nio.charset.StandardCharsets);

var input = arguments[0], outDir = arguments[1];
var text = readFile(input, "UTF-8");                       // Rhino's built-in
var lines = text.split("\n");
if (lines[lines.length - 1] === "") lines.pop();

var counts = {}, total = 0;
lines.forEach(function (line) {
    line.toLowerCase().split(/[^a-z\u00c0-\u024f]+/).forEach(function (w) {
        if (w.length > 0) { counts[w] = (counts[w] || 0) + 1; total++; }
    });
});
var words = Object.keys(counts).sort(function (a, b) {
    return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0);
});

var dir = new File(outDir);
if (!dir.mkdirs()) throw new Error("could not create " + outDir);
new File(dir, "nested/deeper").mkdirs();

// 1. Sorted lines, through java.io.FileWriter.
var writer = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(new File(dir, "sorted.txt")), "UTF-8"));
lines.slice().sort().forEach(function (line) { writer.write(line); writer.newLine(); });
writer.close();

// 2. Word counts, through java.nio.file.Files.
var report = words.map(function (w) { return counts[w] + "\t" + w; }).join("\n") + "\n";
Files.write(Paths.get(outDir, "nested", "counts.tsv"), new java.lang.String(report).getBytes(StandardCharsets.UTF_8));

// 3. A scratch file, appended to, read back, renamed, then deleted.
var scratch = new File(dir, "scratch.tmp");
var fw = new FileWriter(scratch); fw.write("one\n"); fw.close();
fw = new FileWriter(scratch, true); fw.write("two\n"); fw.close();
var scratchText = String(new java.lang.String(Files.readAllBytes(scratch.toPath()), StandardCharsets.UTF_8));
var moved = new File(dir, "nested/deeper/moved.tmp");
if (!scratch.renameTo(moved)) throw new Error("rename failed");
print("scratch held " + scratchText.length + " chars, exists after rename: " + scratch.exists() + "/" + moved.exists());

// A copy of the input, checked by its size and first bytes.
Files.copy(Paths.get(input), Paths.get(outDir, "copy.txt"));
var raf = new RandomAccessFile(new File(dir, "copy.txt"), "r");
var head = java.lang.reflect.Array.newInstance(java.lang.Byte.TYPE, 9);
raf.seek(4); raf.readFully(head); raf.close();
print("copy.txt: " + new File(dir, "copy.txt").length() + " bytes, bytes 4..12 = "
        + new java.lang.String(head, StandardCharsets.UTF_8));

function list(f, indent) {
    var names = f.list();
    java.util.Arrays.sort(names);
    for (var i = 0; i < names.length; i++) {
        var child = new File(f, names[i]);
        print(indent + names[i] + (child.isDirectory() ? "/" : " (" + child.length() + " bytes)"));
        if (child.isDirectory()) list(child, indent + "  ");
    }
}
print("before delete:");
list(dir, "  ");
if (!moved["delete"]()) throw new Error("delete failed");
Files.delete(Paths.get(outDir, "nested", "deeper"));
print("after delete:");
list(dir, "  ");

print(lines.length + " lines, " + total + " words, " + words.length + " distinct");
print("top: " + words.slice(0, 5).map(function (w) { return w + "=" + counts[w]; }).join(", "));
print("longest line: " + lines.reduce(function (a, b) { return b.length > a.length ? b : a; }));
java.lang.System.err.println("textstats: warning: " + lines.filter(function (l) { return l.length == 0; }).length
        + " blank line(s) in " + input);
// A non-zero, distinctive exit status, so that the test checks it is carried through.
quit(lines.length > 5 ? 3 : 4);
