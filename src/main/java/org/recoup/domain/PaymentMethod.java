package org.recoup.domain;

public enum PaymentMethod {
    CASH, BANK_TRANSFER, CARD, CHEQUE, ALIPAY, WECHAT_PAY, OTHER
}
