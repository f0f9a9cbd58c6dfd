package io.revisio.identity.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The enabled sign-in providers, as the pages list them. */
@Component
class SignInProviders {

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    List<AccountPageViews.Provider> all() {
        List<AccountPageViews.Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> clients) {
            for (Object client : clients) {
                ClientRegistration registration = (ClientRegistration) client;
                providers.add(new AccountPageViews.Provider(registration.getRegistrationId(),
                        registration.getClientName(), false, null));
            }
        }
        return providers;
    }
}
