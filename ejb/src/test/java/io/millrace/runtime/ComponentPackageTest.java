package io.millrace.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Component packages: encoding, Node's resolution of relative specifiers, the reachable files, archives. */
class ComponentPackageTest {

    @Test
    void encodesAndDecodesFilesEntryAndNpmVersions() {
        ComponentPackage pkg = ComponentPackage.of("a/b.mjs", Map.of("a/b.mjs", "export default 1;\n// file x 3\n",
                "c.json", "{\"é\": \"ü\"}")).withNpm(Map.of("got", "11.8.6", "got/node_modules/lowercase-keys", "2.0.0"));
        String code = pkg.encode();
        assertTrue(ComponentPackage.isPackage(code));
        assertEquals(pkg, ComponentPackage.decode(code));
        assertEquals(code, ComponentPackage.decode(code).encode());
        assertEquals(16, pkg.id().length());
    }

    @Test
    void resolvesAsNodeDoes() {
        Map<String, String> files = Map.of("app.app.mjs", "", "common/index.mjs", "", "lib/x.js", "", "lib/d/package.json",
                "{\"main\": \"./main.cjs\"}", "lib/d/main.cjs", "", "data.json", "{}");
        assertEquals("app.app.mjs", PackagePaths.resolve(files, "actions/a/a.mjs", "../../app.app.mjs"));
        assertEquals("common/index.mjs", PackagePaths.resolve(files, "actions/a/a.mjs", "../../common"));
        assertEquals("lib/x.js", PackagePaths.resolve(files, "index.mjs", "./lib/x"));
        assertEquals("lib/d/main.cjs", PackagePaths.resolve(files, "index.mjs", "./lib/d"));
        assertEquals("data.json", PackagePaths.resolve(files, "lib/x.js", "../data"));
        PackageProblem out = assertThrows(PackageProblem.class, () -> PackagePaths.resolve(files, "a/b.mjs", "../../x.mjs"));
        assertTrue(out.getMessage().contains("a/b.mjs imports '../../x.mjs'") && out.getMessage().contains("outside"), out.getMessage());
        PackageProblem none = assertThrows(PackageProblem.class, () -> PackagePaths.resolve(files, "a.mjs", "./nope"));
        assertTrue(none.getMessage().contains("names no file"), none.getMessage());
    }

    @Test
    void onlyReachableFilesAreCheckedAndCommentsAreIgnored() {
        ComponentPackage pkg = ComponentPackage.of("a.mjs", Map.of(
                "a.mjs", "// import x from './commented.mjs'\n/* require('./also') */ import b from './b.mjs';\nconst s = \"// not a comment\";",
                "b.mjs", "export default 1;", "unused.mjs", "import x from './missing.mjs';"));
        assertEquals(List.of("a.mjs", "b.mjs"), List.copyOf(PackagePaths.reachable(pkg)));
    }

    @Test
    void refusesBadPathsAndAMissingEntry() {
        assertEquals("entry", assertThrows(PackageProblem.class,
                () -> ComponentPackage.of("nope.mjs", Map.of("a.mjs", ""))).field());
        assertEquals("files", assertThrows(PackageProblem.class,
                () -> ComponentPackage.of("a.mjs", Map.of("a.mjs", "", "../b.mjs", ""))).field());
        assertNull(PackagePaths.clean("/etc/passwd"));
    }

    @Test
    void archivesLoseTheirSharedRootAndZipBombsAreRefused() throws IOException {
        Map<String, String> files = PackageArchive.fromArchive(zip(Map.of("repo-main/a.mjs", "x".getBytes(StandardCharsets.UTF_8),
                "repo-main/img.png", new byte[] {1, 2}, "repo-main/node_modules/x/index.js", "y".getBytes(StandardCharsets.UTF_8))),
                "a.mjs", "archive");
        assertEquals(Set.of("a.mjs"), files.keySet());
        PackageProblem bomb = assertThrows(PackageProblem.class,
                () -> PackageArchive.fromArchive(zip(Map.of("big.js", new byte[8 * 1024 * 1024])), "big.js", "archive"));
        assertTrue(bomb.getMessage().contains("zip bomb") && bomb.tooLarge(), bomb.getMessage());
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
