package io.millrace.web.connectlink;

import io.millrace.domain.apps.App;
import io.millrace.domain.apps.CustomField;

import java.util.List;

/** The Connect Link page's HTML: a small self-contained document, every value escaped. */
final class LinkPage {
    private LinkPage() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>body{font-family:sans-serif;max-width:32rem;margin:3rem auto;"
                + "padding:0 1rem}label{display:block;margin-top:1rem}input{width:100%;padding:.4rem;box-sizing:border-box}"
                + "button{margin-top:1.5rem;padding:.5rem 1.2rem}.error{color:#a00}</style></head><body>"
                + "<h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    static String message(String title, String text) {
        return page(title, "<p id=\"message\">" + escape(text) + "</p>");
    }

    /** Asks which app to connect. */
    static String chooseApp(String token, String error) {
        return page("Connect an account", errorLine(error)
                + "<form method=\"get\" action=\"link\"><input type=\"hidden\" name=\"token\" value=\"" + escape(token) + "\">"
                + "<label>App (its name slug)<input name=\"app\" required></label>"
                + "<button type=\"submit\">Continue</button></form>");
    }

    /** The form of a key-based app's custom fields. */
    static String keysForm(String token, App app, String error) {
        StringBuilder fields = new StringBuilder();
        List<CustomField> custom = app.customFields();
        for (CustomField f : custom) {
            String label = f.label() != null ? f.label() : f.name();
            fields.append("<label>").append(escape(label)).append(f.optional() ? " (optional)" : "")
                    .append("<input name=\"").append(escape(f.name())).append("\" type=\"")
                    .append(f.secret() ? "password" : "text").append("\" autocomplete=\"off\"")
                    .append(f.optional() ? "" : " required").append("></label>");
            if (f.description() != null) {
                fields.append("<small>").append(escape(f.description())).append("</small>");
            }
        }
        return page("Connect " + app.name(), errorLine(error)
                + "<form method=\"post\" action=\"link\"><input type=\"hidden\" name=\"token\" value=\"" + escape(token) + "\">"
                + "<input type=\"hidden\" name=\"app\" value=\"" + escape(app.nameSlug()) + "\">" + fields
                + "<button type=\"submit\">Connect</button></form>");
    }

    /** An OAuth app: a button that starts the provider's authorization. */
    static String oauthForm(String token, App app) {
        return page("Connect " + app.name(), "<p>You will be sent to " + escape(app.name()) + " to allow access.</p>"
                + "<form method=\"post\" action=\"link/oauth\"><input type=\"hidden\" name=\"token\" value=\"" + escape(token) + "\">"
                + "<input type=\"hidden\" name=\"app\" value=\"" + escape(app.nameSlug()) + "\">"
                + "<button type=\"submit\">Connect " + escape(app.name()) + "</button></form>");
    }

    private static String errorLine(String error) {
        return error == null ? "" : "<p class=\"error\" id=\"error\">" + escape(error) + "</p>";
    }
}
