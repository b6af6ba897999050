package org.govsite.testing;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;

/** Equinox application contexts for tests starting an {@code IApplication} as the launcher does. */
public final class ApplicationContexts {
    private ApplicationContexts() {
    }

    /** @return a context as Equinox gives it: only the application arguments are asked for */
    public static IApplicationContext of(String... args) {
        return (IApplicationContext) Proxy.newProxyInstance(IApplicationContext.class.getClassLoader(),
                new Class<?>[] { IApplicationContext.class }, (proxy, method, methodArgs) -> {
                    if (method.getName().equals("getArguments")) {
                        return Map.of(IApplicationContext.APPLICATION_ARGS, args);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
