/** MicroProfile Health checks ({@code /health/ready}). */
package io.millrace.web.health;
