package io.millrace.runtime.graal.host;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body, failing with {@link TooLarge} as soon as it is larger than allowed, or than the
 * run's {@link ResponseBudget} still allows while its other responses are being received too.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The response body is larger than allowed. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("maxContentLength size of " + maxBytes + " exceeded");
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long maxBytes;
    private final ResponseBudget budget;
    private final long declared;
    private final List<ByteBuffer> parts = new ArrayList<>();
    private long size;
    private Flow.Subscription subscription;

    LimitedBody(HttpResponse.ResponseInfo info, long maxBytes, ResponseBudget budget) {
        this.maxBytes = maxBytes;
        this.budget = budget;
        this.declared = info.headers().firstValueAsLong("content-length").orElse(-1);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > maxBytes) {
            s.cancel();
            result.completeExceptionally(new TooLarge(maxBytes));
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int n = item.remaining();
            if (size + n > maxBytes || !budget.take(n)) {
                giveBack();
                subscription.cancel();
                result.completeExceptionally(new TooLarge(size + n > maxBytes ? maxBytes : budget.limit()));
                return;
            }
            size += n;
            parts.add(item);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        giveBack();
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        byte[] bytes = new byte[(int) size];
        int at = 0;
        for (ByteBuffer part : parts) {
            int n = part.remaining();
            part.get(bytes, at, n);
            at += n;
        }
        giveBack();
        result.complete(bytes);
    }

    /** Forgets the parts held and gives their bytes back to the budget. */
    private void giveBack() {
        parts.clear();
        budget.release(size);
        size = 0;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
