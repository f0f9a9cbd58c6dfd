package io.revisio.identity;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Who wrote, reviewed or uploaded something, by name, for other modules' staff pages. */
public interface AccountNames {

    /** The display names of the accounts that exist among {@code accountIds}; unknown ids are left out. */
    Map<UUID, String> displayNames(Collection<UUID> accountIds);
}
