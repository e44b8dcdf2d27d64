package io.paydesk.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A card transaction from the processing system. */
@Preload
@Table("HOST_CARD_TXN")
public interface HostCardTxnEntity extends Entity {

    @NotNull
    @Indexed
    int getCardId();

    void setCardId(int value);

    @NotNull
    @StringLength(12)
    String getRrn();

    void setRrn(String value);

    @NotNull
    @StringLength(6)
    String getAuthCode();

    void setAuthCode(String value);

    @NotNull
    java.util.Date getTxnTime();

    void setTxnTime(java.util.Date value);

    @NotNull
    long getAmountMinor();

    void setAmountMinor(long value);

    @NotNull
    @StringLength(3)
    String getCurrency();

    void setCurrency(String value);

    @NotNull
    String getMerchant();

    void setMerchant(String value);

    @NotNull
    @StringLength(4)
    String getMcc();

    void setMcc(String value);

    @NotNull
    @StringLength(16)
    String getTxnStatus();

    void setTxnStatus(String value);
}
