package io.millrace.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressTest {
    @Test
    void plusDataResolvesToTheSameKeyAndIsKept() {
        EmailAddress a = EmailAddress.parse("EKey123+Unsubscribe@Mail.Example.com");
        assertEquals("ekey123", a.key());
        assertEquals("Unsubscribe", a.data());
        assertEquals("mail.example.com", a.domain());
        assertTrue(a.inDomain("MAIL.example.COM"));
        assertEquals("ekey123@mail.example.com", a.triggerAddress());
    }

    @Test
    void withoutPlusThereIsNoData() {
        EmailAddress a = EmailAddress.parse("<ekey@localhost>");
        assertEquals("ekey", a.key());
        assertNull(a.data());
        assertFalse(a.inDomain("example.com"));
    }

    @Test
    void emptyDataAfterPlusIsEmpty() {
        assertEquals("", EmailAddress.parse("ekey+@localhost").data());
    }

    @Test
    void notAnAddress() {
        assertNull(EmailAddress.parse(null));
        assertNull(EmailAddress.parse("no-at-sign"));
        assertNull(EmailAddress.parse("@localhost"));
        assertNull(EmailAddress.parse("key@"));
        assertNull(EmailAddress.parse("+data@localhost"));
    }
}
