/**
 * The environment-variable aggregate: variables (and secrets) scoped to a workspace or a project,
 * the rules their keys, values and descriptions follow, and the parsing of API requests. Values are
 * stored sealed (encrypted); this package only holds the sealed text.
 */
package io.millrace.domain.environment;
