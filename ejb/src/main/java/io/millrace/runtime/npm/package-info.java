/**
 * npm packages for steps and components: specifiers and semver ranges, the registry client, dependency
 * resolution pinned at deploy time into a tree like npm's ({@link io.millrace.runtime.npm.TreePaths}), the
 * checks of what a package can load ({@link io.millrace.runtime.npm.PackageReach},
 * {@link io.millrace.runtime.npm.InstallScripts}), and the on-disk cache of unpacked packages by
 * name@version. Used by the GraalJS adapter; uses only the runtime port's {@code PackagePaths} of Millrace.
 */
package io.millrace.runtime.npm;
