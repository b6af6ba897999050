package org.govsite.demo;
