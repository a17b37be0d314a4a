/**
 * Sign-in with the company's directory, outside {@code /v1} and without a Bearer credential:
 * {@code POST /login} with {@code "method": "ldap"}, and the OIDC browser flow {@code GET /oidc/login} →
 * provider → {@code GET /oidc/callback}. The verifying and provisioning happen in {@code application.signin};
 * this package reads the requests and answers them ({@link io.millrace.web.signin.SignInAnswers}).
 */
package io.millrace.web.signin;
