/** Saved components and Millrace's registry of components: saving, describing, reading. */
package io.millrace.application.component;
