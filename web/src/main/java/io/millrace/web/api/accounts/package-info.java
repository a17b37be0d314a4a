/** Connected accounts ({@code /v1/accounts}) and the OAuth browser flow that connects them ({@code /v1/accounts/oauth/start}, {@code …/callback}). */
package io.millrace.web.api.accounts;
