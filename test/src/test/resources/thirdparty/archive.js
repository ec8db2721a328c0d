// Run by Rhino's shell, unmodified, with Apache Commons Compress, XZ for Java, Commons IO and Commons Codec on
// the class path: packs the files named on the command line into .tar.xz, .tar.gz, .zip and .7z archives
// and a raw .xz stream, unpacks them again, checks the round trip, and prints sizes and checksums.
// Usage: archive.js OUTDIR FILE...
importPackage(java.io);
importPackage(java.nio.file);
importPackage(org.apache.commons.compress.archivers.tar);
importPackage(org.apache.commons.compress.archivers.zip);
importPackage(org.apache.commons.compress.archivers.sevenz);
importPackage(org.apache.commons.compress.compressors.xz);
importPackage(org.apache.commons.compress.compressors.gzip);
importClass(org.apache.commons.io.IOUtils);
importClass(org.apache.commons.io.FileUtils);
importClass(org.apache.commons.codec.digest.DigestUtils);

var outDir = new File(arguments[0]);
var inputs = Array.prototype.slice.call(arguments, 1);
var EPOCH = 1700000000000;                  // fixed entry times: the archives must not depend on the clock
outDir.mkdirs();

function bytesOf(name) { return Files.readAllBytes(Paths.get(name)); }
function crc(bytes) {
    var c = new java.util.zip.CRC32(); c.update(bytes);
    return java.lang.String.format("%08x", java.lang.Long.valueOf(c.getValue()));
}
function describe(file) {
    var bytes = Files.readAllBytes(file.toPath());
    print("  " + file.getName() + ": " + bytes.length + " bytes, crc32 " + crc(bytes)
            + ", sha256 " + String(DigestUtils.sha256Hex(bytes)).substring(0, 16));
}

// tar, compressed with XZ (org.tukaani.xz underneath), then with gzip.
var tarXz = new File(outDir, "bundle.tar.xz"), tarGz = new File(outDir, "bundle.tar.gz");
[[tarXz, function (o) { return new XZCompressorOutputStream(o); }],
 [tarGz, function (o) { return new GzipCompressorOutputStream(o); }]].forEach(function (pair) {
    var tar = new TarArchiveOutputStream(pair[1](new BufferedOutputStream(new FileOutputStream(pair[0]))));
    inputs.forEach(function (name) {
        var data = bytesOf(name);
        var entry = new TarArchiveEntry("bundle/" + name);
        entry.setSize(data.length);
        entry.setModTime(EPOCH);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
    });
    tar.close();
});

// zip, written through a seekable channel (sizes and CRCs patched in after each entry).
var zipFile = new File(outDir, "bundle.zip");
var zip = new ZipArchiveOutputStream(zipFile);
zip.setComment("made by archive.js");
inputs.forEach(function (name, i) {
    var entry = new ZipArchiveEntry("bundle/" + name);
    entry.setTime(EPOCH);
    entry.setMethod(i % 2 == 0 ? ZipArchiveEntry.DEFLATED : ZipArchiveEntry.STORED);
    zip.putArchiveEntry(entry);
    var input = new FileInputStream(name);
    IOUtils.copy(input, zip);
    input.close();
    zip.closeArchiveEntry();
});
zip.close();

// 7z (LZMA2), written with random access.
var sevenZ = new File(outDir, "bundle.7z");
var seven = new SevenZOutputFile(sevenZ);
inputs.forEach(function (name) {
    var entry = new SevenZArchiveEntry();
    entry.setName("bundle/" + name);
    entry.setLastModifiedDate(new java.util.Date(EPOCH));
    seven.putArchiveEntry(entry);
    seven.write(bytesOf(name));
    seven.closeArchiveEntry();
});
seven.close();

// A raw .xz stream of the first input with XZ for Java itself, read back with random access.
var rawXz = new File(outDir, inputs[0] + ".xz");
var xzOut = new org.tukaani.xz.XZOutputStream(new FileOutputStream(rawXz), new org.tukaani.xz.LZMA2Options(6));
xzOut.write(bytesOf(inputs[0]));
xzOut.close();
var seekable = new org.tukaani.xz.SeekableXZInputStream(new org.tukaani.xz.SeekableFileInputStream(rawXz));
seekable.seek(10);
var ten = java.lang.reflect.Array.newInstance(java.lang.Byte.TYPE, 10);
IOUtils.readFully(seekable, ten);
print(rawXz.getName() + ": uncompressed " + seekable.length() + " bytes, bytes 10..19 crc32 " + crc(ten));
seekable.close();

print("archives:");
[tarXz, tarGz, zipFile, sevenZ, rawXz].forEach(describe);

// Unpack each archive into its own directory and compare with the inputs.
var failures = 0;
function check(kind, name, bytes) {
    var same = java.util.Arrays.equals(bytes, bytesOf(name.replace(/^bundle\//, "")));
    if (!same) failures++;
    print("  " + kind + " " + name + ": " + bytes.length + " bytes " + (same ? "ok" : "DIFFERENT"));
}
function extractTo(kind, name, bytes) {
    var target = new File(outDir, "x-" + kind + "/" + name);
    target.getParentFile().mkdirs();
    FileUtils.writeByteArrayToFile(target, bytes);
    check(kind, name, bytes);
}
print("round trip:");
[[tarXz, function (i) { return new XZCompressorInputStream(i); }, "tar.xz"],
 [tarGz, function (i) { return new GzipCompressorInputStream(i); }, "tar.gz"]].forEach(function (t) {
    var tar = new TarArchiveInputStream(t[1](new BufferedInputStream(new FileInputStream(t[0]))));
    for (var e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        extractTo(t[2], String(e.getName()), IOUtils.toByteArray(tar));
    }
    tar.close();
});
var zf = ZipFile.builder().setFile(zipFile).get();
var entries = zf.getEntries();
while (entries.hasMoreElements()) {
    var ze = entries.nextElement();
    var zin = zf.getInputStream(ze);
    extractTo("zip", String(ze.getName()), IOUtils.toByteArray(zin));
    zin.close();
}
zf.close();
var sz = SevenZFile.builder().setFile(sevenZ).get();
for (var se = sz.getNextEntry(); se != null; se = sz.getNextEntry()) {
    var content = java.lang.reflect.Array.newInstance(java.lang.Byte.TYPE, se.getSize());
    IOUtils.readFully(sz.getInputStream(se), content);
    check("7z", String(se.getName()), content);
}
sz.close();

// The gzip archive was only a means: remove it, and the tar.gz extraction with it.
function remove(f) {
    var children = f.isDirectory() ? f.listFiles() : [];
    for (var i = 0; i < children.length; i++) remove(children[i]);
    if (!f["delete"]()) throw new Error("could not delete " + f);
}
remove(new File(outDir, "x-tar.gz"));
Files["delete"](tarGz.toPath());
var left = outDir.list(); java.util.Arrays.sort(left);
print("left in " + outDir.getName() + ": " + java.util.Arrays.toString(left));
if (failures > 0) {
    java.lang.System.err.println("archive.js: " + failures + " round trip(s) failed");
    quit(1);
}
java.lang.System.err.println("archive.js: all " + inputs.length + " files survived 4 formats");
