/** MicroProfile Health checks ({@code /health/ready}), answered from {@code application.operations}. */
package io.millrace.web.health;
