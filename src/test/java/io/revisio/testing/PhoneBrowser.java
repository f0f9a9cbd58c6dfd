package io.revisio.testing;

import java.util.Arrays;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Gives a test method that asks for a {@link ChromeDriver} parameter a fresh {@link Browser#phone()}, quit after
 * the test. The browser starts before the test rather than while its parameter is resolved, so that a machine
 * without Chromium skips the test as {@link Browser} intends instead of failing it.
 */
public final class PhoneBrowser implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PhoneBrowser.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean wanted = Arrays.stream(context.getRequiredTestMethod().getParameterTypes())
                .anyMatch(type -> type == ChromeDriver.class);
        if (wanted) {
            context.getStore(NAMESPACE).put(ChromeDriver.class, Browser.phone());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChromeDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(ChromeDriver.class, ChromeDriver.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ChromeDriver browser = context.getStore(NAMESPACE).remove(ChromeDriver.class, ChromeDriver.class);
        if (browser != null) {
            browser.quit();
        }
    }
}
