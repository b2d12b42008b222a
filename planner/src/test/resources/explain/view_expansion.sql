SELECT auction FROM expensive_bids WHERE price < 5000;
