package io.millrace.web.scim;

/** Which request paths (below the context root, without a leading slash) are SCIM's. */
final class ScimPaths {
    private ScimPaths() {
    }

    static boolean isScim(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("scim") || p.startsWith("scim/");
    }
}
