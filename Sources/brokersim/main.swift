print("brokersim")
