package org.govsite.store;
