/**
 * User administration for admins: finding accounts, seeing their device sessions, changing roles,
 * disabling and enabling accounts, ending their sessions and resending verification links. Internal to
 * the identity module; every change is audited with the acting admin as actor.
 */
package io.revisio.identity.admin;
