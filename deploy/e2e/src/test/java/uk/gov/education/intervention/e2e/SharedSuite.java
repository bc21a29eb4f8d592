package uk.gov.education.intervention.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link RunningSuite} for every test class of this module that registers this extension
 * ({@code @RegisterExtension static final SharedSuite SUITE = new SharedSuite();}): started when a
 * test first asks for it with {@link #get()}, stopped once every test of the run is done. Each class
 * leaves the suite whole (every service running, every proxy passing) for the next.
 */
final class SharedSuite implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSuite.class);

    private volatile ExtensionContext.Store store;

    @Override
    public void beforeAll(ExtensionContext context) {
        store = context.getRoot().getStore(NAMESPACE);
    }

    RunningSuite get() {
        if (store == null) {
            throw new IllegalStateException("SharedSuite must be registered with @RegisterExtension on a static field");
        }
        return store.getOrComputeIfAbsent(RunningSuite.class, k -> new Handle(), Handle.class).suite;
    }

    private static final class Handle implements ExtensionContext.Store.CloseableResource {
        final RunningSuite suite;

        Handle() {
            try {
                suite = RunningSuite.start();
            } catch (Exception e) {
                throw new IllegalStateException("the suite did not start: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            suite.close();
        }
    }
}
