// Run by Rhino's shell, unmodified, with Apache Commons IO on the class path: the everyday file chores of a
// Java program done through Commons IO (copy a tree, write, append, list, move, delete a tree).
// Usage: tidy.js SOURCE WORKDIR
importPackage(java.io);
importClass(org.apache.commons.io.FileUtils);
importClass(org.apache.commons.io.FilenameUtils);
importClass(java.nio.charset.StandardCharsets);

var source = new File(arguments[0]), work = new File(arguments[1]);
FileUtils.forceMkdir(new File(work, "a/b/c"));
FileUtils.copyFileToDirectory(source, new File(work, "a"));
FileUtils.writeStringToFile(new File(work, "a/b/notes.txt"), "first\n", StandardCharsets.UTF_8);
FileUtils.writeStringToFile(new File(work, "a/b/notes.txt"), "second\n", StandardCharsets.UTF_8, true);
FileUtils.writeLines(new File(work, "a/b/c/lines.txt"), "UTF-8", java.util.Arrays.asList("x", "y", "z"));
FileUtils.copyDirectory(new File(work, "a"), new File(work, "backup"));
FileUtils.moveFile(new File(work, "backup/b/notes.txt"), new File(work, "backup/notes.moved"));

function show(title) {
    var files = new java.util.ArrayList(FileUtils.listFiles(work, null, true));
    var names = [];
    for (var i = 0; i < files.size(); i++) {
        names.push(String(FilenameUtils.separatorsToUnix(work.toPath().relativize(files.get(i).toPath()).toString()))
                + " " + files.get(i).length());
    }
    names.sort();
    print(title + ": " + names.length + " files, " + FileUtils.sizeOfDirectory(work) + " bytes");
    names.forEach(function (n) { print("  " + n); });
}
show("after copying");
print("notes: " + JSON.stringify(String(FileUtils.readFileToString(new File(work, "a/b/notes.txt"), "UTF-8"))));
print("same content: " + FileUtils.contentEquals(new File(work, "a/b/c/lines.txt"), new File(work, "backup/b/c/lines.txt")));

FileUtils.forceDelete(new File(work, "a/b/c/lines.txt"));
FileUtils.deleteDirectory(new File(work, "a/b"));
FileUtils.cleanDirectory(new File(work, "backup/b"));
show("after deleting");
