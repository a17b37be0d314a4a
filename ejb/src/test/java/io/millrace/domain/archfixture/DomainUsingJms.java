package io.millrace.domain.archfixture;

import jakarta.jms.Message;

/** Breaks the domain rule on purpose (ArchitectureRulesBiteTest): a domain class that knows JMS. */
public class DomainUsingJms {
    public String id(Message message) throws Exception {
        return message.getJMSMessageID();
    }
}
