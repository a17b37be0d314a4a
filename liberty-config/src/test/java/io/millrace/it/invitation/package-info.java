/** Invitations by email and invite links, through the real server and a real SMTP server (GreenMail). */
package io.millrace.it.invitation;
