/**
 * Millrace core: {@code domain} (aggregates and their repository ports), the pure {@code orchestrator},
 * the step {@code runtime} port and its GraalJS adapter ({@code runtime.graal}, with {@code runtime.npm}),
 * {@code application} services by feature, {@code infrastructure} adapters, and {@code shared} building
 * blocks. docs/architecture.md opens with the package map; {@code CoreArchitectureTest} enforces it.
 */
package io.millrace;
