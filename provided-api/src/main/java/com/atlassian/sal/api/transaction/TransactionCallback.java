package com.atlassian.sal.api.transaction;

/** Javadoc: https://docs.atlassian.com/sal-api/6.0.0/com/atlassian/sal/api/transaction/TransactionCallback.html */
public interface TransactionCallback<T> {
    T doInTransaction();
}
