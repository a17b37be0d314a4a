/**
 * npm packages for steps and components: specifiers and semver ranges, the registry client, dependency
 * resolution pinned at deploy time, and the on-disk cache of unpacked packages by name@version. Used by
 * the GraalJS adapter; uses nothing else of Millrace.
 */
package io.millrace.runtime.npm;
