/** The web console in a real Chromium (Playwright), against the integration-test server. */
package io.millrace.it.console;
