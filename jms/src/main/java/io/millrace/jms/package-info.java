/** Message-driven beans: thin listeners that hand queued work to the application services. */
package io.millrace.jms;
